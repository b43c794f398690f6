package io.agentstudio.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StudioAppTest {

    @Test
    void theFirstArgumentIsTheWorkspace() {
        assertThat(StudioApp.workspaceArgument(List.of("my agents", "ignored"))).contains(Path.of("my agents"));
        assertThat(StudioApp.workspaceArgument(List.of())).isEmpty();
        assertThat(StudioApp.workspaceArgument(List.of(" "))).isEmpty();
    }
}
