/**
 * Prints every skipped test with its title, which says why it is skipped (jest's default reporter
 * only counts them): `SKIPPED (<file>) <title>`.
 */
class SkipReasonsReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onTestResult(_test, result) {
    for (const test of result.testResults) {
      if (test.status !== 'pending' && test.status !== 'skipped') continue;
      const file = result.testFilePath.replace(`${this.rootDir}/`, '');
      process.stderr.write(`SKIPPED (${file}) ${test.title}\n`);
    }
  }
}

module.exports = SkipReasonsReporter;
