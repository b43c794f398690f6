package io.agentstudio.logic.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The files whose findings changed, each with its findings now (sorted; empty when the file became clean or left
 * the workspace). Files not named here kept exactly the findings they had.
 */
public record ValidationChange(Map<Path, List<Finding>> files) {
    public ValidationChange {
        files = Map.copyOf(files);
    }
}
