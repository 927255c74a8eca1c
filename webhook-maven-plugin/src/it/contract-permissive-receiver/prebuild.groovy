import io.webhookkit.maven.testing.TestReceivers

// A receiver that answers 204 to everything, on 127.0.0.1 and a free port; verify.groovy stops it.
def server = TestReceivers.startPermissive()
context.put('receiver', server)
new File(basedir, 'receiver.properties').text =
    "webhook.receiver.url=${TestReceivers.url(server)}\n" +
    "webhook.receiver.secret=it-contract-secret-0123456789\n" +
    "webhook.receiver.password=it-pa55word\n"
return true
