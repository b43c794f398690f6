package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.AgentIdentity;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterState;

import java.util.Optional;

/**
 * The fix for a file without frontmatter: a new block at the top with {@code name} from the file name (or, when that
 * gives nothing, the first heading) and {@code description} from the first paragraph. The body is left as it is.
 */
final class FrontmatterCreation {

    private FrontmatterCreation() {
    }

    static Optional<QuickFix> fixFor(FileCheck file) {
        Optional<String> description = BodyText.firstParagraph(file.markdown());
        if (description.isEmpty()) {
            return Optional.empty();
        }
        if (file.catalog().identity() == AgentIdentity.FILE_NAME) {
            return Optional.of(new QuickFix.Edit("Add a frontmatter with a description from the first paragraph",
                    document -> create(document, null, description.get())));
        }
        Optional<String> name = nameFor(file);
        return name.map(n -> new QuickFix.Edit("Add a frontmatter: name `" + n + "`, description from the first paragraph",
                document -> create(document, n, description.get())));
    }

    /** A slug of the file name, or of the first heading when the file name has no letters or digits. */
    static Optional<String> nameFor(FileCheck file) {
        String fromFile = Slug.of(file.agent().fileStem(), file.catalog());
        if (!fromFile.isEmpty()) {
            return Optional.of(fromFile);
        }
        return BodyText.firstHeading(file.markdown()).map(h -> Slug.of(h, file.catalog())).filter(s -> !s.isEmpty());
    }

    private static AgentDocument create(AgentDocument document, String name, String description) {
        if (document.state() != FrontmatterState.NONE) {
            throw new EditRefusedException("The file has a frontmatter now; edit its fields instead.");
        }
        AgentDocument result = name == null ? document : FrontmatterEditor.set(document, "name", new FieldValue.Text(name));
        return FrontmatterEditor.set(result, "description", new FieldValue.Text(description));
    }
}
