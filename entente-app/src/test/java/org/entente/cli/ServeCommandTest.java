package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The durations {@code serve --update-every} takes. */
class ServeCommandTest {

  @Test
  void shortFormsAndIsoDurationsAreRead() {
    assertThat(ServeCommand.duration("15m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(ServeCommand.duration("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(ServeCommand.duration("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(ServeCommand.duration("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(ServeCommand.duration("PT15M")).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void anythingElseIsAClearError() {
    for (String bad : new String[] {"soon", "0s", "15", "-5m", "PT0.5S"}) {
      assertThatThrownBy(() -> ServeCommand.duration(bad))
          .as(bad)
          .isInstanceOf(UserException.class)
          .hasMessageContaining("--update-every " + bad)
          .hasMessageContaining("e.g. 15m, 1h, 1d");
    }
  }
}
