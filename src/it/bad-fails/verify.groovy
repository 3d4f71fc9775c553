def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /deploy\/agent\.yaml:47:13: container "agent" runs privileged.*\[privileged-container\]/ : 'finding with file:line in the log'
assert log.contains('1 finding (1 errors, 0 warnings, 0 info)') : 'readable summary'
def sarif = new File(basedir, 'target/dslint/dslint.sarif')
assert sarif.isFile() && sarif.text.contains('"ruleId": "privileged-container"') : 'SARIF written even when failing'
return true
