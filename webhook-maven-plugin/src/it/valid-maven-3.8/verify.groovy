def log = new File(basedir, 'build.log').text
assert log.contains('Validated 2 webhook configuration file(s)')
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING] src/main/webhooks')
assert log.contains('Apache Maven 3.8.7')
