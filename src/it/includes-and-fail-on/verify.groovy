def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[missing-liveness-probe]') : 'the warning fails the build under failOn=warning'
assert !log.contains('templates/helm.yaml') : 'excluded templates are not linted'
assert new File(basedir, 'target/dslint/dslint.junit.xml').isFile()
assert new File(basedir, 'target/dslint/dslint.codeclimate.json').isFile()
return true
