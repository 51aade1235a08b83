import AgencyAuditCLI
import Foundation

var out = StandardStream.out
var err = StandardStream.error
exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), output: &out, errors: &err))
