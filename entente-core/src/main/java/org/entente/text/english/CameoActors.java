package org.entente.text.english;

import java.util.Optional;
import org.entente.code.CameoCountryCodes;

/**
 * Turns a CAMEO actor code of the coder into the ISO-3 state it names: {@code RUSGOV} → RUS, {@code
 * USA} → USA, {@code IGOUNO} → none. Only the first three letters name the state (through {@link
 * CameoCountryCodes}); an agent placed before the actor ({@code NGOARN}) names none.
 */
public final class CameoActors {

  private CameoActors() {}

  public static Optional<String> state(String actorCode) {
    if (actorCode == null || actorCode.length() < 3 || actorCode.startsWith("---")) {
      return Optional.empty();
    }
    return CameoCountryCodes.bundled().state(actorCode.substring(0, 3));
  }
}
