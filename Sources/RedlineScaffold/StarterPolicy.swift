import RedlineParse

/// The starter privacy policy `redline init` writes, in each of `SiteScaffold.locales`: short,
/// plain and meant to be replaced, but a real policy the review can compare the next version with.
enum StarterPolicy {
    static func text(locale: String, date: PolicyDate, publisher: String) -> String {
        let (title, summary, body) = locale == "de" ? german : english
        return """
        ---
        title: \(SiteScaffold.quoted(title))
        effective: \(date)
        announced: \(date)
        summary: \(SiteScaffold.quoted(summary))
        ---
        \(body.replacingOccurrences(of: "{publisher}", with: publisher))
        """
    }

    static let english = (
        "Privacy Policy",
        "The first published version of this policy.",
        """
        # Privacy Policy

        This policy explains what personal information {publisher} collects, why, and what you can do about it.

        ## Information We Collect

        We collect the information you give us when you create an account or contact us: your name and your email address.
        We collect your IP address when you use our website.

        ## How We Use Your Information

        We use your information to provide our services and to answer your questions.
        We will not sell your personal information.

        ## Sharing Your Information

        We share your information only with service providers who process it on our behalf.

        ## How Long We Keep Your Information

        We keep your information for 12 months after you close your account.

        ## Your Rights

        You can access, correct or delete your personal information at any time.
        You can object to the processing of your personal information.

        ## Children

        Our services are not directed to children under 16.

        ## Changes to This Policy

        We will notify you by email 30 days before a material change takes effect.

        ## Contact

        Write to us at privacy@example.com.

        """
    )

    static let german = (
        "Datenschutzerklärung",
        "Die erste veröffentlichte Fassung dieser Erklärung.",
        """
        # Datenschutzerklärung

        Diese Erklärung beschreibt, welche personenbezogenen Daten {publisher} erhebt, wozu, und was Sie dagegen tun können.

        ## Welche Daten wir erheben

        Wir erheben die Angaben, die Sie uns machen, wenn Sie ein Konto anlegen oder uns schreiben: Ihren Namen und Ihre E-Mail-Adresse.
        Wir erheben Ihre IP-Adresse, wenn Sie unsere Website nutzen.

        ## Wie wir Ihre Daten verwenden

        Wir verwenden Ihre Daten, um unsere Dienste zu erbringen und Ihre Fragen zu beantworten.
        Wir verkaufen Ihre personenbezogenen Daten nicht.

        ## Weitergabe Ihrer Daten

        Wir geben Ihre Daten nur an Dienstleister weiter, die sie in unserem Auftrag verarbeiten.

        ## Wie lange wir Ihre Daten speichern

        Wir speichern Ihre Daten 12 Monate lang, nachdem Sie Ihr Konto geschlossen haben.

        ## Ihre Rechte

        Sie können Ihre personenbezogenen Daten jederzeit einsehen, berichtigen oder löschen lassen.
        Sie können der Verarbeitung Ihrer personenbezogenen Daten widersprechen.

        ## Kinder

        Unsere Dienste richten sich nicht an Kinder unter 16 Jahren.

        ## Änderungen dieser Erklärung

        Wir informieren Sie 30 Tage, bevor eine wesentliche Änderung wirksam wird, per E-Mail.

        ## Kontakt

        Schreiben Sie uns an privacy@example.com.

        """
    )
}
