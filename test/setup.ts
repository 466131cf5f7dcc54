// Property tests run with a fixed seed so that CI is reproducible; set FC_SEED to explore others.
import fc from 'fast-check';

const seed = process.env.FC_SEED === undefined ? 20_261_127 : Number(process.env.FC_SEED);
fc.configureGlobal({ seed });
