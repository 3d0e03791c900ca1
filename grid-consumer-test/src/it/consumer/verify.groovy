// The consumer's build must have run both kinds of test: a stock Surefire would run none and pass.
def reports = new File(basedir, 'target/surefire-reports')
assert reports.isDirectory() : 'no Surefire reports: no test ran'
def xml = reports.listFiles().findAll { it.name.endsWith('.xml') }*.text.join('\n')
assert xml.contains('testcase name="aGridThatStopsShortOfItsCommunityIsAGap"') : 'the JUnit 5 test did not run'
assert xml.contains('testcase name="everyGeneratedCityIsValid') : 'the jqwik property did not run'
assert !xml.contains('<failure') && !xml.contains('<error') : 'a consumer test failed'
return true
