/**
 * Property tests run with a fixed seed so CI is reproducible; set FC_SEED to explore other
 * inputs locally (`FC_SEED=$RANDOM npm test`). A failure prints the seed and counterexample.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261126) });
