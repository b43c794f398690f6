package io.agentstudio.testing;

import java.io.IOException;
import java.nio.file.Path;

/** The skills-team fixture (10 agents, 6 skills with supporting files), copied where a test may change it. */
public final class SkillsTeam {

    private SkillsTeam() {
    }

    public static Path copyTo(Path target) throws IOException {
        return ResourceFolders.copy("/io/agentstudio/skills-team", target);
    }
}
