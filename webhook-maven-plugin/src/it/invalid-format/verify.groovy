def log = new File(basedir, 'build.log').text
def f = 'src/main/webhooks/hooks.yaml'
assert log.contains("${f}:2:16: error: ") && log.contains('[invalid-item-class]')
assert log.contains("${f}:3:14: error: unknown event afterupdate (did you mean afterUpdate?) [unknown-event]")
assert log.contains("${f}:3:40: warning: event afterCreate is listed twice [duplicate-event]")
assert log.contains("${f}:6:5: error: url is missing") && log.contains('[missing-key]')
assert log.contains("${f}:7:13: error: events must be a list such as [afterCreate], not text [wrong-type]")
assert log =~ /hooks\.yaml:9:5: warning: unknown key retires in a subscription.*\[unknown-key\]/
assert log.contains('4 webhook configuration problem(s) found in 1 file(s)')
