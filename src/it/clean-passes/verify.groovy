def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('dslint: 0 findings') : 'summary logged'
def sarif = new File(basedir, 'target/dslint/dslint.sarif')
assert sarif.isFile() : 'SARIF written to target/dslint'
assert sarif.text.contains('"version": "2.1.0"')
assert new File(basedir, 'target/dslint/dslint.json').isFile()
return true
