/// Function words in Indonesian and English (and the chat abbreviations planners type: `yg`, `utk`, `dgn`).
/// They are skipped when matching — on both the keyword side and the item side, so phrases such as
/// `kepastian biaya dan waktu` still match — but are kept for cue detection (`belum`, `not`, `no`).
public enum StopWords {
    public static let indonesian: Set<String> = words("""
    yang dan di ke dari untuk dengan pada dalam ini itu atau juga akan telah sudah masih ada adanya adalah ialah \
    sebagai oleh karena sehingga agar supaya bagi serta tersebut secara lebih sangat dapat bisa hanya para saat \
    setiap antara yaitu yakni namun tetapi tapi jika kalau bila apabila maka pun lagi sama seperti tentang \
    terhadap hingga sampai masing kami kita saya mereka ia dia nya ya beberapa semua seluruh berbagai tiap sejak \
    selama belum tidak tak bukan tanpa bahwa atas sering selalu kadang hal sendiri menjadi jadi merupakan terdapat \
    punya mempunyai memiliki yg dgn utk dr krn tsb sdh blm tdk sbg dll dsb dst aja saja banget gak nggak enggak \
    sih dong kok kah lah pula pernah sedang baru makin semakin paling cukup amat lain lainnya ketika setelah \
    sebelum kemudian lalu nanti kini sekarang tahun thn sebuah seorang suatu sesuatu begitu demikian bagaimana \
    apa siapa mana kapan mengapa kenapa dimana sana sini situ harus perlu mau ingin via per oleh sesuai \
    kepada daripada misalnya contohnya terutama khususnya biasanya sekitar hampir lagi gk ga ngga jd pd sm dg \
    msh lbh bs hrs skrg udh trs bgt tp klo kalo
    """)

    public static let english: Set<String> = words("""
    a an the and or of to in on at for with by from as is are was were be been being has have had do does did \
    this that these those it its we our us they their them he she his her you your i me my not no yet but so \
    than then there here also very more most less can could will would should may might must into about over \
    under between through which who whom what when where why how all any some each every other others such only \
    own same too just still already many much if because while since until up down out off again further once \
    both either neither nor even well like within without among per via etc e g ie eg due whether get got \
    make makes made being become becomes became often always never sometimes quite rather really almost
    """)

    /// True for a stop word of either language.
    public static func contains(_ word: String) -> Bool {
        indonesian.contains(word) || english.contains(word)
    }

    private static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
