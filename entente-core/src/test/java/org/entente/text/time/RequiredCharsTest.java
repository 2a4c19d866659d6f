package org.entente.text.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prefilter's analysis: hand-worked patterns, and the rules giving the same with and without.
 */
class RequiredCharsTest {

  @Test
  void literalsOutsideOptionalPartsAreRequired() {
    assertThat(sets("(?<y>[0-9]{4})年(?:(?<m>[0-9]{1,2})月)?")).containsExactly("年", "0123456789");
    assertThat(sets("(?:その)?同年")).containsExactly("同", "年");
    assertThat(sets("(?:から|~|〜)\\s*x")).containsExactly("x", "か~〜");
    assertThat(sets("x(?=y)(?<!z)")).containsExactly("x");
    assertThat(sets("[^a]b")).containsExactly("b");
  }

  @Test
  void whatIsNotUnderstoodRequiresNothing() {
    assertThat(sets("(?i:abc)")).isEmpty();
    assertThat(sets("a|\\s")).isEmpty();
    assertThat(sets("[\\p{IsHan}]+")).isEmpty();
    assertThat(sets("a*")).isEmpty();
  }

  /** Every case of the table and its texts give the same expressions with the prefilter off. */
  @Test
  void thePrefilterChangesNoResult() {
    for (TemporalNormaliserTest.Case c : TemporalNormaliserTest.table()) {
      TemporalNormaliser fast = TemporalNormaliser.forLanguage(c.lang());
      TemporalNormaliser slow = fast.withoutPrefilter();
      DateContext a = DateContext.of(c.doc());
      DateContext b = DateContext.of(c.doc());
      if (c.last() != null) {
        a.mention(c.last().first(), TemporalNormaliserTest.precision(c.last()));
        b.mention(c.last().first(), TemporalNormaliserTest.precision(c.last()));
      }
      assertThat(fast.find(c.text(), a)).as(c.text()).isEqualTo(slow.find(c.text(), b));
    }
  }

  private static List<String> sets(String regex) {
    return RequiredChars.of(regex).stream().map(String::new).toList();
  }
}
