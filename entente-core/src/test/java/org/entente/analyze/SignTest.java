package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignTest {

  @Test
  void anIndexWithinTheToleranceIsNeutralAndNanIsUnknown() {
    assertThat(Sign.of(0.42, 0.1)).isEqualTo(Sign.POSITIVE);
    assertThat(Sign.of(-0.42, 0.1)).isEqualTo(Sign.NEGATIVE);
    assertThat(Sign.of(0.1, 0.1)).isEqualTo(Sign.NEUTRAL);
    assertThat(Sign.of(-0.1, 0.1)).isEqualTo(Sign.NEUTRAL);
    assertThat(Sign.of(0.0, 0.0)).isEqualTo(Sign.NEUTRAL);
    assertThat(Sign.of(Double.NaN, 0.1)).isEqualTo(Sign.UNKNOWN);
  }

  @Test
  void aBadToleranceIsRefused() {
    assertThatThrownBy(() -> Sign.of(0.5, -0.1)).hasMessageContaining("not -0.1");
    assertThatThrownBy(() -> Sign.of(0.5, Double.NaN)).hasMessageContaining("not NaN");
  }

  @Test
  void symbolsReadBackAndAnUnknownSymbolIsNamed() {
    for (Sign s : Sign.values()) {
      assertThat(Sign.parse(s.symbol())).isEqualTo(s);
    }
    assertThatThrownBy(() -> Sign.parse("x")).hasMessage("sign 'x' is not one of +, 0, -, ?");
  }

  @Test
  void onlyDefiniteSignsHaveAFactor() {
    assertThat(Sign.POSITIVE.factor()).isEqualTo(1);
    assertThat(Sign.NEGATIVE.factor()).isEqualTo(-1);
    assertThatThrownBy(Sign.NEUTRAL::factor).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(Sign.UNKNOWN::factor).isInstanceOf(IllegalStateException.class);
  }
}
