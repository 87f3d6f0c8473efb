/** The regularized incomplete beta function and its inverse, for Clopper–Pearson intervals and Student's t. */
import { LN_SQRT_2PI, lnGamma } from '../clv/special';
import { normalQuantile } from './normal';

/** δ(z) = ln Γ(z) − ((z − ½) ln z − z + ½ ln 2π), Stirling's remainder: its series 1/(12z) − 1/(360z³) + … from z = 10 on, else from ln Γ. */
function stirlingRemainder(z: number): number {
  if (z < 10) return lnGamma(z) - (z - 0.5) * Math.log(z) + z - LN_SQRT_2PI;
  const w = 1 / (z * z);
  return (1 / 12 - w * (1 / 360 - w * (1 / 1260 - w * (1 / 1680 - w / 1188)))) / z;
}

/**
 * xᵃ yᵇ ÷ B(a, b), y = 1 − x, written around x₀ = a/(a + b), y₀ = 1 − x₀ with d = x − x₀ (after DiDonato and Morris):
 * exp(a ln(1 + d/x₀) + b ln(1 − d/y₀)) · √(ab/(2π(a + b))) · exp(δ(a + b) − δ(a) − δ(b)); near x₀ no digits are lost for
 * a and b in the billions, and y never has to be formed where 1 − x would round.
 */
function betaFront(x: number, a: number, b: number): number {
  const s = a + b;
  const x0 = a / s;
  const y0 = 1 - x0;
  const d = x - x0;
  const lnX = d < -x0 / 2 ? Math.log(x / x0) : Math.log1p(d / x0);
  const lnY = d > y0 / 2 ? Math.log((1 - x) / y0) : Math.log1p(-d / y0);
  return Math.exp(a * lnX + b * lnY + 0.5 * Math.log((a * b) / (2 * Math.PI * s)) + stirlingRemainder(s) - stirlingRemainder(a) - stirlingRemainder(b));
}

const tiny = (v: number): number => (Math.abs(v) < 1e-300 ? 1e-300 : v);

/** The continued fraction of I_x(a, b) ÷ front (Lentz's method, as in Numerical Recipes' betacf); it converges for x < (a + 1)/(a + b + 2). */
function betaFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 / tiny(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m < 1e7; m++) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / tiny(1 + even * d);
    c = tiny(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / tiny(1 + odd * d);
    c = tiny(1 + odd / c);
    h *= d * c;
    if (Math.abs(d * c - 1) < 1e-16) break;
  }
  return h;
}

/** I_x(a, b) = ∫₀ˣ tᵃ⁻¹(1 − t)ᵇ⁻¹ dt ÷ B(a, b): front · fraction ÷ a, or 1 − the same for I_(1−x)(b, a) where that converges. */
export function betaRegularized(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = betaFront(x, a, b);
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/**
 * The x in (0, 1) with I_x(a, b) = p: Newton's steps (the density is front ÷ (x(1 − x))) from `start`, by default the
 * normal approximation a/s + z_p √(ab/(s²(s + 1))), s = a + b, kept inside the bracket of the points tried so far; a step
 * that would leave it halves the bracket instead.
 */
export function betaQuantile(p: number, a: number, b: number, start?: number): number {
  const s = a + b;
  let low = 0;
  let high = 1;
  let x = start ?? a / s + normalQuantile(p) * Math.sqrt((a * b) / (s * s * (s + 1)));
  if (!(x > 0 && x < 1)) x = a / s;
  for (let i = 0; i < 400; i++) {
    const excess = betaRegularized(x, a, b) - p;
    if (excess === 0) return x;
    if (excess < 0) low = x;
    else high = x;
    let next = x - (excess * x * (1 - x)) / betaFront(x, a, b);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - x) <= 1e-15 * x) return next;
    x = next;
  }
  return x;
}
