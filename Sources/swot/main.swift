import SwotShell
