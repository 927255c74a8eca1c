context.get('receiver')?.stop(0)

def log = new File(basedir, 'build.log').text
assert log =~ /Ticket-afterCreate\s+genuine\s+2xx\s+204\s+ok/
for (check in ['wrong-signature', 'tampered-body', 'missing-signature', 'stale-timestamp',
               'missing-credentials', 'wrong-credentials', 'replayed-delivery']) {
  assert log =~ /Ticket-afterCreate\s+${check}\s+4xx\s+204\s+FAILED/
  assert log.contains("crm: Ticket-afterCreate ${check}: expected 4xx, got 204")
}
assert log.contains('7 of 9 webhook contract check(s) failed')

def report = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(basedir, 'target/webhook-contracts/TEST-crm.xml')).documentElement
def testcases = report.getElementsByTagName('testcase')
def names = (0..<testcases.length).collect { testcases.item(it).getAttribute('name') }
assert report.getAttribute('tests') == '9'
assert report.getAttribute('failures') == '7'
def wrongSignature = testcases.item(names.indexOf('Ticket-afterCreate wrong-signature'))
def failure = wrongSignature.getElementsByTagName('failure').item(0)
assert failure.getAttribute('message') == 'expected 4xx, got 204'
