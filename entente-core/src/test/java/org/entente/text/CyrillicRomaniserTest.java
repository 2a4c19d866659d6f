package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Romanised forms checked against the Latin spellings the bundled lists give the same people. */
class CyrillicRomaniserTest {

  @Test
  void writesRussianNamesAsTheListsDo() {
    // OFAC SDN 2024-05-03: 35233 "LAVROV, Sergei Viktorovich", 35096 "PUTIN, Vladimir ...".
    assertThat(CyrillicRomaniser.latin("Сергей Лавров")).contains("Sergey Lavrov");
    assertThat(CyrillicRomaniser.latin("Путин Владимир")).contains("Putin Vladimir");
    // UN QDi.365: NAME_ORIGINAL_SCRIPT "Ахмед Ражапович Чатаев", Latin AKHMED RAJAPOVICH CHATAEV.
    assertThat(CyrillicRomaniser.latin("Ахмед Ражапович Чатаев"))
        .contains("Akhmed Razhapovich Chatayev");
    // The soft sign's prime is dropped: UN QDi.368 SHAMIL MAGOMEDOVICH ISMAILOV.
    assertThat(CyrillicRomaniser.latin("Шамиль")).contains("Shamil");
  }

  @Test
  void leavesOtherScriptsAlone() {
    assertThat(CyrillicRomaniser.latin("Putin")).isEmpty();
    assertThat(CyrillicRomaniser.latin("ミロシェヴィッチ・スロボダン")).isEmpty();
  }
}
