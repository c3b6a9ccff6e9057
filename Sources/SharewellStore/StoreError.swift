/// Why the store refused or could not do something, worded for the person who asked.
public enum StoreError: Error, Equatable, Sendable {
    case databaseURL
    case databaseFolder(path: String)
    case boroughAlreadyLoaded(organisations: Int)
    case invalidBoroughSize(Int)
    case duplicateOrganisationCode(String)

    public var message: String {
        switch self {
        case .databaseURL:
            "DATABASE_URL is not a PostgreSQL URL. Write it as postgres://user:password@host:5432/database."
        case .databaseFolder(let path):
            "Could not create the data folder \(path). Check that it is writable, or set DATABASE_URL."
        case .boroughAlreadyLoaded(let count):
            "The database already holds \(count) organisations; the demo borough is loaded only into an empty database. Point DATABASE_URL at a new database, or remove the SQLite file, and run the command again."
        case .invalidBoroughSize(let people):
            "A demo borough has between 1,000 and 2,000,000 people; \(people) is outside that."
        case .duplicateOrganisationCode(let code):
            "An organisation with the code \(code) is already in the directory."
        }
    }
}
