import FluentKit
import Foundation

/// A file sent after its sender's session timed out, kept sealed until they sign in again and
/// import or discard it (issue 15: "nothing a user entered is ever lost").
final class KeptUploadModel: Model, @unchecked Sendable {
    static let schema = "kept_uploads"
    @ID(key: .id) var id: UUID?
    /// Only they see it, import it or discard it; one each.
    @Field(key: "owner_user_id") var ownerUserID: UUID
    @Field(key: "upload_path") var uploadPath: String
    @Field(key: "page_path") var pagePath: String
    @Field(key: "field_name") var fieldName: String
    @Field(key: "size") var size: Int64
    /// The file's name and the form's other fields (`KeptUpload.Details`), sealed.
    @Field(key: "sealed_details") var sealedDetails: Data
    /// The file as sent, sealed.
    @Field(key: "sealed_file") var sealedFile: Data
    @Field(key: "kept_at") var keptAt: Date
    init() {}
}

/// What was kept of a file sent after a time-out, as its owner's page names it (the file itself
/// stays sealed until `Store.openKeptUpload`).
public struct KeptUpload: Sendable, Equatable {
    /// A form field sent with the file, such as the first day of a period of marks.
    public struct Field: Sendable, Equatable, Codable {
        public let name: String
        public let value: String
        public init(name: String, value: String) { self.name = name; self.value = value }
    }

    public let id: UUID
    /// Where the file was sent (the upload route), and the page its form lives on.
    public let uploadPath: String
    public let page: String
    /// The form field that carried the file.
    public let field: String
    public let fileName: String
    public let size: Int
    public let keptAt: Date

    /// Longest file name kept; longer ones are cut (what is shown is the start of the name).
    public static let fileNameLimit = 100

    /// A file name as it may be kept and shown: its last path component only, without control or
    /// invisible formatting characters (which could reorder what is shown), quotes or backslashes,
    /// spaces collapsed, at most `fileNameLimit` characters; "file" when nothing is left.
    public static func safeFileName(_ sent: String) -> String {
        let last = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let dropped: Set<Unicode.GeneralCategory> = [.control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator]
        let kept = last.unicodeScalars.filter { !dropped.contains($0.properties.generalCategory) && $0 != "\"" }
        let name = String(String.UnicodeScalarView(kept)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let bounded = String(name.prefix(fileNameLimit)).trimmingCharacters(in: .whitespaces)
        return bounded.isEmpty ? "file" : bounded
    }

    /// The sealed part of a kept upload besides the file: its name and the form's other fields.
    struct Details: Codable {
        var fileName: String
        var fields: [Field]
    }
}

/// A file to keep after a time-out: where it was sent, the field that carried it, its name as sent
/// (made safe on the way in), its bytes and the form's other fields.
public struct NewKeptUpload: Sendable {
    public let uploadPath: String, page: String, field: String
    public let fileName: String
    public let file: Data
    public let fields: [KeptUpload.Field]

    public init(uploadPath: String, page: String, field: String, fileName: String, file: Data, fields: [KeptUpload.Field]) {
        self.uploadPath = uploadPath; self.page = page; self.field = field
        self.fileName = KeptUpload.safeFileName(fileName)
        self.file = file; self.fields = fields
    }
}

/// A kept upload opened for its owner: the file and the fields sent with it.
public struct OpenedKeptUpload: Sendable {
    public let upload: KeptUpload
    public let file: Data
    public let fields: [KeptUpload.Field]
}

extension Store {
    /// Keeps a file sent after its sender's session timed out, sealed under the server key and bound
    /// to its owner, for as long as a kept form (`pendingFormLifetime`). One a person: a newer one
    /// replaces theirs. The caller bounds its size (the web layer reads at most the upload limit).
    @discardableResult
    public func keepUpload(_ upload: NewKeptUpload, owner: UUID, at date: Date) async throws -> UUID {
        guard let secrets else { throw StoreError.sealing("this store was opened without the server key") }
        let model = KeptUploadModel()
        let id = UUID()
        model.id = id
        model.ownerUserID = owner
        model.uploadPath = upload.uploadPath
        model.pagePath = upload.page
        model.fieldName = upload.field
        model.size = Int64(upload.file.count)
        let details = try JSONEncoder().encode(KeptUpload.Details(fileName: upload.fileName, fields: upload.fields))
        model.sealedDetails = try secrets.seal(details, context: Self.keptContext("details", owner))
        model.sealedFile = try secrets.seal(upload.file, context: Self.keptContext("file", owner))
        model.keptAt = date
        try await Self.writeTransaction(on: db) { tx in
            try await KeptUploadModel.query(on: tx).group(.or) {
                $0.filter(\.$ownerUserID == owner).filter(\.$keptAt < date.addingTimeInterval(-Self.pendingFormLifetime))
            }.delete()
            try await model.create(on: tx)
        }
        return id
    }

    /// The file kept for this person and this page, named but still sealed; `nil` when there is none
    /// or it was kept longer than a kept form is.
    public func keptUpload(for user: UUID, page: String, at date: Date) async throws -> KeptUpload? {
        guard let model = try await current(owner: user, at: date).filter(\.$pagePath == page).first() else { return nil }
        return try described(model, details: try details(of: model))
    }

    /// The kept file opened, for its owner only: anyone else gets nothing, as if there were none.
    public func openKeptUpload(_ id: UUID, for user: UUID, at date: Date) async throws -> OpenedKeptUpload? {
        guard let secrets else { throw StoreError.sealing("this store was opened without the server key") }
        guard let model = try await current(owner: user, at: date).filter(\.$id == id).first() else { return nil }
        let details = try details(of: model)
        let file = try secrets.open(model.sealedFile, context: Self.keptContext("file", user))
        return OpenedKeptUpload(upload: try described(model, details: details), file: file, fields: details.fields)
    }

    /// Deletes the kept file (imported, or its owner discarded it). Returns the page it was offered
    /// on; `nil` when it was not theirs or is not there.
    @discardableResult
    public func discardKeptUpload(_ id: UUID, for user: UUID) async throws -> String? {
        guard let model = try await KeptUploadModel.query(on: db).filter(\.$id == id).filter(\.$ownerUserID == user).first() else { return nil }
        try await model.delete(on: db)
        return model.pagePath
    }

    private func current(owner: UUID, at date: Date) -> QueryBuilder<KeptUploadModel> {
        KeptUploadModel.query(on: db).filter(\.$ownerUserID == owner).filter(\.$keptAt >= date.addingTimeInterval(-Self.pendingFormLifetime))
    }

    private func details(of model: KeptUploadModel) throws -> KeptUpload.Details {
        guard let secrets else { throw StoreError.sealing("this store was opened without the server key") }
        let opened = try secrets.open(model.sealedDetails, context: Self.keptContext("details", model.ownerUserID))
        return try JSONDecoder().decode(KeptUpload.Details.self, from: opened)
    }

    private func described(_ model: KeptUploadModel, details: KeptUpload.Details) throws -> KeptUpload {
        KeptUpload(id: try model.requireID(), uploadPath: model.uploadPath, page: model.pagePath, field: model.fieldName,
                   fileName: details.fileName, size: Int(model.size), keptAt: model.keptAt)
    }

    /// What a sealed part of a kept upload is bound to: which part, and whose.
    private static func keptContext(_ part: String, _ owner: UUID) -> String {
        "sharewell kept upload v1 \(part) \(owner.uuidString.lowercased())"
    }
}
