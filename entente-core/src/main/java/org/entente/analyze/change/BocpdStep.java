package org.entente.analyze.change;

/**
 * What {@link Bocpd} believes after observation {@code time} (0-based): {@code
 * runLengthProbabilities[r]} is the posterior probability that the current segment began {@code r}
 * observations before this one (0 for run lengths pruned away; the array sums to 1), {@code
 * changeProbability} is that of run length 0 (this observation starts a new segment), {@code
 * mapRunLength} the most probable run length, and {@code logPredictive} the log density of the
 * observation given all before it, low for a surprise. The array is the detector's output, not a
 * copy: read it, do not change it.
 */
public record BocpdStep(
    int time,
    double changeProbability,
    int mapRunLength,
    double logPredictive,
    double[] runLengthProbabilities) {
  public BocpdStep {
    if (time < 0) {
      throw new IllegalArgumentException("time: expected >= 0, got " + time);
    }
    if (!(changeProbability >= 0 && changeProbability <= 1)) {
      throw new IllegalArgumentException(
          "changeProbability: expected a probability, got " + changeProbability);
    }
    if (mapRunLength < 0 || mapRunLength >= runLengthProbabilities.length) {
      throw new IllegalArgumentException(
          "mapRunLength: expected 0.."
              + (runLengthProbabilities.length - 1)
              + ", got "
              + mapRunLength);
    }
  }
}
