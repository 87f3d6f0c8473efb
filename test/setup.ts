/** Property tests run from a fixed seed so CI is repeatable; FC_SEED=… explores another part of the input space. */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
