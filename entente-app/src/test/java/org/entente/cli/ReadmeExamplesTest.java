package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.cli.ReadmeExamples.Example;
import org.junit.jupiter.api.Test;

/** How {@link ReadmeExamples} reads a README: which lines are commands, which are output. */
class ReadmeExamplesTest {

  @Test
  void commandsOfShBlocksAndTheOutputOfDollarBlocks() {
    String readme =
        """
        # Title

        ```sh
        ./entente triad CHN RUS PRK   # a comment after the command stays: the shell drops it
        # a line of comment only is no command

        spark-submit --master yarn \\
          --class org.entente.spark.Main
        ```

        ```
        ./entente relation A B [--by year|month]
        ```

        ```text
        $ ./entente relation CHN RUS --from 2017 --to 2020
        a    b    period
        …
        ```

        ```text
        a table without its command
        ```
        """;

    List<Example> examples = ReadmeExamples.parse(readme);

    assertThat(examples)
        .containsExactly(
            new Example(
                4,
                "./entente triad CHN RUS PRK   # a comment after the command stays: the shell"
                    + " drops it",
                List.of()),
            new Example(
                7, "spark-submit --master yarn    --class org.entente.spark.Main", List.of()),
            new Example(
                16,
                "./entente relation CHN RUS --from 2017 --to 2020",
                List.of("a    b    period", "…")));
  }
}
