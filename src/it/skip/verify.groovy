def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('dslint: skipped')
assert !new File(basedir, 'target/dslint').exists()
return true
