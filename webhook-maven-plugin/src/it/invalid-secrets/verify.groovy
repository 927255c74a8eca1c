def log = new File(basedir, 'build.log').text
assert log.contains('src/main/webhooks/secrets.yaml:5:13: error: secret is written as the value itself')
assert log.contains('[literal-secret]')
assert log =~ /secrets\.yaml:9:13: error: secret looks like a reference but is not one.*\[invalid-secret\]/
assert log.contains('src/main/webhooks/secrets.yaml:13:13: error: secret: environment variable WEBHOOKKIT_IT_UNSET_SECRET is not set')
assert log =~ /secrets\.yaml:17:17: error: password is written as the value itself.*\[literal-secret\]/
assert !log.contains('my-literal-secret') && !log.contains('hunter2-literal')
assert log.contains('4 webhook configuration problem(s) found in 1 file(s)')
