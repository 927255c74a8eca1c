def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/webhooks/hooks.yaml:6:5: warning: this subscription repeats the one on line 2 (same itemClass, events and url): each event would be sent twice [duplicate-subscription]')
assert log =~ /hooks\.yaml:10:5: warning: unknown key colour.*\[unknown-key\]/
assert !log.contains('unfinished.yaml')
assert log.contains('2 webhook configuration problem(s) found in 1 file(s)')
