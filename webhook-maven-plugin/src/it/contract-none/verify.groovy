def log = new File(basedir, 'build.log').text
assert log.contains('No webhook contract found in')
assert log.contains('set failIfNoContracts=false to allow that')
