def log = new File(basedir, 'build.log').text
assert log =~ /src\/main\/webhooks\/broken\.json:3:\d+: error: the file is not valid JSON.*\[syntax-error\]/
assert log =~ /src\/main\/webhooks\/broken\.yaml:\d+:\d+: error: the file is not valid YAML.*\[syntax-error\]/
assert log.contains('src/main/webhooks/empty.yml:1:1: error: the file is empty')
assert log.contains('3 webhook configuration problem(s) found in 3 file(s)')
