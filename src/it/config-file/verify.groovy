def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'suppressed findings do not fail the build'
assert log.contains('dslint: configuration .dslint.yaml') : 'the project configuration is found'
assert log.contains('0 findings') || log.contains('1 finding') : 'summary logged'
assert log.contains('2 suppressed') : 'suppressed findings counted'
assert log =~ /k8s\/agent\.yaml:\d+:\d+: DaemonSet node-agent has no team label \[team-label\]/ : 'custom rule from the configuration'
assert !log.contains('broken.yaml') : 'excluded by the configuration'
def sarif = new File(basedir, 'target/dslint/dslint.sarif').text
assert sarif.contains('"justification": "loads the agent\'s BPF programs (reviewed in SEC-42)"')
assert sarif.contains('"kind": "external"') && sarif.contains('"kind": "inSource"')
assert sarif.contains('"id": "team-label"') : 'custom rule descriptor'
return true
