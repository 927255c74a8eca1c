context.get('receiver')?.stop(0)

def log = new File(basedir, 'build.log').text
assert log.contains('Webhook contract crm against http://127.0.0.1:')
assert log =~ /Ticket-afterCreate\s+genuine\s+2xx\s+204\s+ok/
assert log =~ /Ticket-afterCreate\s+tampered-body\s+4xx\s+401\s+ok/
assert log.contains('9 webhook contract check(s) passed in 1 contract(s)')

def report = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(basedir, 'target/webhook-contracts/TEST-crm.xml')).documentElement
def testcases = report.getElementsByTagName('testcase')
def names = (0..<testcases.length).collect { testcases.item(it).getAttribute('name') }
assert report.getAttribute('tests') == '9'
assert report.getAttribute('failures') == '0'
assert names.contains('Ticket-afterCreate replayed-delivery')
