package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every member-state name in the vote lists of every record of the UN's extracts resolves: the
 * shared copy and the repository's, each skipped where it is absent.
 */
class UnMemberStatesIT {

  private final UnMemberStates states = UnMemberStates.bundled();

  @Test
  void everyNameOfTheSharedCopyResolves() throws IOException {
    assertEveryNameResolves(UndlExtracts.SHARED);
  }

  @Test
  void everyNameOfTheRepositoryCopyResolves() throws IOException {
    assertEveryNameResolves(UndlExtracts.REPOSITORY);
  }

  private void assertEveryNameResolves(Path dir) throws IOException {
    List<Path> files = UndlExtracts.files(dir);
    assumeFalse(files.isEmpty(), "no extracts (*.json.gz) in " + dir.toAbsolutePath());

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
    assertThat(resolved).as("spellings in %s", dir).hasSizeGreaterThanOrEqualTo(193);
  }

  private String message(String name) {
    return name == null ? "a null name" : states.unknown(name);
  }
}
