def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('.dslint.yaml:2:1: unknown key "fial-on" in the configuration') : 'file:line of the problem'
assert log.contains('the configuration cannot be used')
return true
