import SwotCore
