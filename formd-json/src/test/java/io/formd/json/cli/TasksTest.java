package io.formd.json.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.formd.core.rules.RuleSets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * A directory run's tasks make each file's check when it is taken and let go of the file's entry then, so that a run
 * of 1.5 million files does not hold every entry (and a task for each) to its end.
 */
class TasksTest {

  @Test
  void eachFilesTaskIsMadeWhenTakenOnceAndAddedTasksComeAfter() throws Exception {
    ValidateCommand command = new ValidateCommand();
    ValidateCommand.Listed[] files = {
        new ValidateCommand.Listed(Path.of("missing-1.xml"), -1),
        new ValidateCommand.Listed(Path.of("missing-2.xml"), -1)};
    ValidateCommand.Tasks tasks = command.new Tasks(files, Prepared.of(RuleSets.builtIn()));
    Callable<ValidateCommand.Outcome> extra = () -> null;
    tasks.add(extra);
    assertThat(tasks).hasSize(3);
    ValidateCommand.Outcome first = tasks.get(0).call();
    assertThat(first.file()).isEqualTo(Path.of("missing-1.xml"));
    assertThat(first.unreadable()).contains("no such file");
    assertThat(files[0]).as("the entry let go").isNull();
    assertThat(files[1]).isNotNull();
    assertThatThrownBy(() -> tasks.get(0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("taken");
    assertThat(tasks.get(1).call().file()).isEqualTo(Path.of("missing-2.xml"));
    assertThat(tasks.get(2)).isSameAs(extra);
  }
}
