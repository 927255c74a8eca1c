def log = new File(basedir, 'build.log').text
assert log =~ /auth\.yaml:8:\d+: error: username contains ':'.*\[invalid-username\]/
assert log =~ /auth\.yaml:15:7: error: password is missing.*\[missing-key\]/
assert log =~ /auth\.yaml:22:13: error: unknown auth type digest.*\[unknown-auth-type\]/
assert log.contains('3 webhook configuration problem(s) found in 1 file(s)')
