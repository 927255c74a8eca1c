def log = new File(basedir, 'build.log').text
assert log =~ /extras\.yaml:2:20: error: allowedSources entry .*10\.0\.0\.0\/33.*\[invalid-cidr\]/
assert log =~ /extras\.yaml:2:\d+: error: allowedSources entry .*intranet\.example\.test.*\[invalid-cidr\]/
assert log =~ /extras\.yaml:9:7: error: header name X_Tenant holds '_'.*\[invalid-header-name\]/
assert log =~ /extras\.yaml:10:7: error: header Projeqtor-Signature-Sha256 is written by the sender.*\[invalid-header-name\]/
assert log =~ /extras\.yaml:11:\d+: error: header X-Note value holds a control character.*\[invalid-header-value\]/
assert log =~ /extras\.yaml:13:20: error: retry\.maxAttempts 500 is not between 1 and 100 \[retry-out-of-range\]/
assert log =~ /extras\.yaml:14:21: error: initialDelay soon is not a duration.*\[invalid-duration\]/
assert log.contains('7 webhook configuration problem(s) found in 1 file(s)')
