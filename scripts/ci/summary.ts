/** Adds unit and browser results into the one closing line CI reads: "N passed, N failed". */
import { existsSync, readFileSync } from 'node:fs';

const [unitFile, browserFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (unitFile && existsSync(unitFile)) {
  const unit = JSON.parse(readFileSync(unitFile, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  console.log(`unit:    ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else {
  failed += 1;
  console.log('unit:    no results (the unit run did not finish)');
}
if (browserFile && existsSync(browserFile)) {
  const browser = JSON.parse(readFileSync(browserFile, 'utf8')) as { passed: number; failed: number };
  passed += browser.passed;
  failed += browser.failed;
  console.log(`browser: ${browser.passed} passed, ${browser.failed} failed`);
} else {
  failed += 1;
  console.log('browser: no results (the browser run did not finish)');
}
const failedSteps = (process.env.FAILED_STEPS ?? '').trim();
if (failedSteps) {
  // Lint, type check or build failures are failures even when every test passed.
  failed += 1;
  console.log(`failed steps: ${failedSteps}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
