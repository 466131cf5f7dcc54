/**
 * Runs every benchmark in bench/, one after the other. To add one, write `bench/<name>.bench.ts`
 * exporting `async function run(): Promise<void>` and list it below.
 * @module
 */
import * as coefficientOfVariation from './cv.bench.js';
import * as issueLedger from './ledger.bench.js';
import * as nationalAssessment from './national/national.bench.js';

interface BenchModule {
  run(): Promise<void>;
}

const benches: readonly { readonly name: string; readonly module: BenchModule }[] = [
  { name: 'coefficient of variation (差异系数)', module: coefficientOfVariation },
  { name: 'national assessment (全国县域优质均衡评估)', module: nationalAssessment },
  { name: 'issue ledger (问题整改台账)', module: issueLedger },
];

const only = process.argv[2];
for (const { name, module } of benches) {
  if (only !== undefined && !name.includes(only)) continue;
  console.log(`\n== ${name} ==`);
  await module.run();
}
