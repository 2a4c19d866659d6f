package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every member-state name in the vote lists of every record of the UN's extracts in the repository
 * (the bundled sessions and the session-74 fixture) resolves.
 */
class UnMemberStatesIT {

  private final UnMemberStates states = UnMemberStates.bundled();

  @Test
  void everyNameOfTheRepositoryExtractsResolves() throws IOException {
    List<Path> files = UndlExtracts.inRepository();
    assertThat(files)
        .as("bundled extracts (*.json.gz) in %s", UndlExtracts.BUNDLED.toAbsolutePath())
        .hasSizeGreaterThan(1);

    TreeSet<String> resolved = new TreeSet<>();
    Map<String, String> unknown = new TreeMap<>(); // name -> first place and message
    for (Path file : files) {
      for (UndlExtracts.Resolution r : UndlExtracts.read(file)) {
        for (Map.Entry<String, List<String>> list : r.votes().entrySet()) {
          for (String name : list.getValue()) {
            if (name != null && states.iso3(name).isPresent()) {
              resolved.add(name);
            } else {
              unknown.putIfAbsent(
                  String.valueOf(name),
                  r.where() + " (" + r.symbol() + ", " + list.getKey() + "): " + message(name));
            }
          }
        }
      }
    }
    assertThat(unknown).isEmpty();
    assertThat(resolved).hasSizeGreaterThanOrEqualTo(193);
  }

  private String message(String name) {
    return name == null ? "a null name" : states.unknown(name);
  }
}
