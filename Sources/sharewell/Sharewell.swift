import ArgumentParser

/// The `sharewell` command: run the server, migrate the database, load a demo borough.
@main
struct Sharewell: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Safe, lawful and useful information sharing for the organisations around a child.",
        subcommands: [Serve.self, Migrate.self, Demo.self, User.self, Token.self, Audit.self, Decide.self, Attendance.self, StratifyCommand.self, Link.self, Retention.self,
                      Worker.self, Jobs.self, Births.self])
}
