import Foundation
import SpravkaCLI

exit(SpravkaCLI.run(arguments: Array(CommandLine.arguments.dropFirst()), console: .standard()))
