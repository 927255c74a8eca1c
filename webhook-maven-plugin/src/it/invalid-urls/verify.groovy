def log = new File(basedir, 'build.log').text
def f = 'src/main/webhooks/urls.yaml'
assert log =~ /urls\.yaml:2:\d+: error: url scheme ftp is not supported.*\[invalid-url\]/
assert log =~ /urls\.yaml:3:\d+: error: url holds user-info.*\[invalid-url\]/
assert log =~ /urls\.yaml:4:\d+: error: url has a #fragment.*\[invalid-url\]/
assert log =~ /urls\.yaml:5:\d+: error: url (port|host or port).*\[invalid-url\]/
assert log =~ /urls\.yaml:6:\d+: error: url uses http.*\[insecure-url\]/
assert log =~ /urls\.yaml:7:\d+: error: url is not absolute.*\[invalid-url\]/
assert log.contains('6 webhook configuration problem(s) found in 1 file(s)')
