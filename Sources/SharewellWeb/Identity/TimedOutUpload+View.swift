import Plot
import SharewellStore

extension TimedOutUpload {
    /// What an upload page says above its own content when its viewer has a kept file there: plainly
    /// that it is not saved, with a button to import it and one to discard it; or that it was discarded.
    static func offer(_ context: PageContext) -> Node<HTML.BodyContext> {
        if let kept = context.keptUpload {
            return .div(.id("kept-upload"),
                Layout.notice(notice(kept)),
                .div(.class("button-group"),
                    choice(kept, context, action: "/kept-upload/import", id: "import-kept-upload", label: "Import the kept file now", style: "button"),
                    choice(kept, context, action: "/kept-upload/discard", id: "discard-kept-upload", label: "Discard the kept file",
                           style: "button secondary-button")))
        }
        return .if(context.keptUploadDiscarded,
                   Layout.notice("We discarded the file you sent before your session timed out: nothing from it was stored."))
    }

    /// "This has not been saved yet: we kept the file ‘marks.csv’ (12 KB) you sent before your session timed out."
    static func notice(_ kept: KeptUpload) -> String {
        "This has not been saved yet: we kept the file ‘\(kept.fileName)’ (\(sizeWords(kept.size))) you sent before your session timed out."
    }

    /// A size as people read it: "1 byte", "900 bytes", "12 KB", "3.4 MB" (1 KB = 1,024 bytes).
    static func sizeWords(_ bytes: Int) -> String {
        switch bytes {
        case ..<1_024: return bytes == 1 ? "1 byte" : "\(bytes) bytes"
        case ..<1_048_576: return "\(max(1, Int((Double(bytes) / 1_024).rounded()))) KB"
        default:
            let tenths = Int((Double(bytes) / 104_857.6).rounded())
            return "\(tenths / 10).\(tenths % 10) MB"
        }
    }

    private static func choice(_ kept: KeptUpload, _ context: PageContext, action: String, id: String, label: String,
                               style: String) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action(action), .class("inline-form"),
              Layout.csrfField(context),
              .input(.type(.hidden), .name("upload"), .value(kept.id.uuidString.lowercased())),
              .button(.type(.submit), .class(style), .id(id), .text(label)))
    }
}
