/// A command that stands for one character: `\alpha`, `\leq`, `\sum`, …
struct MathSymbol: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `<mi>` (italic when a single Latin or Greek letter).
        case ordinary
        /// `<mi mathvariant="normal">` (upright capital Greek, `\nabla`).
        case upright
        /// `<mo>` with TeX class Ord (`|`, `\|`, `\vdots`).
        case ordinaryOperator
        /// Large operator whose limits go under/over in display style (`\sum`).
        case largeOperator
        /// Integral-like large operator whose limits stay beside (`\int`).
        case integral
        case binary
        case relation
        case opening
        case closing
        case punctuation
        case inner
    }

    var text: String
    var kind: Kind
}

/// The table of single-character commands, and its inverse for characters typed directly.
enum SymbolTable {
    /// Command name (without backslash) → symbol.
    static let commands: [String: MathSymbol] = {
        var table: [String: MathSymbol] = [:]
        table.reserveCapacity(520)
        for (kind, list) in definitions {
            for entry in list.split(separator: " ") {
                guard let equals = entry.firstIndex(of: "=") else { continue }
                let name = String(entry[..<equals])
                let text = String(entry[entry.index(after: equals)...])
                table[name] = MathSymbol(text: text, kind: kind)
            }
        }
        return table
    }()

    /// Character typed directly in math → its kind (first definition wins).
    static let characters: [Unicode.Scalar: MathSymbol.Kind] = {
        var table: [Unicode.Scalar: MathSymbol.Kind] = [:]
        for (kind, list) in definitions {
            for entry in list.split(separator: " ") {
                guard let equals = entry.firstIndex(of: "=") else { continue }
                let text = entry[entry.index(after: equals)...]
                let scalars = text.unicodeScalars
                if scalars.count == 1, let scalar = scalars.first, table[scalar] == nil {
                    table[scalar] = kind
                }
            }
        }
        for (scalar, kind) in asciiCharacters { table[scalar] = kind }
        return table
    }()

    /// ASCII characters with a class of their own in math mode.
    static let asciiCharacters: [(Unicode.Scalar, MathSymbol.Kind)] = [
        ("+", .binary), ("-", .binary), ("*", .binary), ("/", .ordinaryOperator),
        ("=", .relation), ("<", .relation), (">", .relation), (":", .relation),
        ("(", .opening), ("[", .opening), (")", .closing), ("]", .closing),
        (",", .punctuation), (";", .punctuation), ("!", .closing), ("?", .closing),
        (".", .ordinaryOperator), ("|", .ordinaryOperator), ("'", .ordinary), ("@", .ordinary),
        ("\"", .ordinary),
    ]

    /// `\not` applied to a relation: precomposed negations where Unicode has them.
    static let negations: [String: String] = [
        "=": "≠", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "∈": "∉", "∋": "∌", "≡": "≢", "∼": "≁",
        "≃": "≄", "≅": "≇", "≈": "≉", "⊂": "⊄", "⊃": "⊅", "⊆": "⊈", "⊇": "⊉", "∣": "∤", "∥": "∦",
        "≺": "⊀", "≻": "⊁", "⊢": "⊬", "⊨": "⊭", "→": "↛", "←": "↚", "↔": "↮", "⇒": "⇏", "⇐": "⇍",
        "⇔": "⇎", "∃": "∄", "≍": "≭", "⊑": "⋢", "⊒": "⋣",
    ]

    private static let definitions: [(MathSymbol.Kind, String)] = [
        (.ordinary, """
        alpha=α beta=β gamma=γ delta=δ epsilon=ϵ varepsilon=ε zeta=ζ eta=η theta=θ vartheta=ϑ \
        iota=ι kappa=κ varkappa=ϰ lambda=λ mu=μ nu=ν xi=ξ omicron=ο pi=π varpi=ϖ rho=ρ varrho=ϱ \
        sigma=σ varsigma=ς tau=τ upsilon=υ phi=ϕ varphi=φ chi=χ psi=ψ omega=ω digamma=ϝ \
        varGamma=Γ varDelta=Δ varTheta=Θ varLambda=Λ varXi=Ξ varPi=Π varSigma=Σ varUpsilon=Υ \
        varPhi=Φ varPsi=Ψ varOmega=Ω \
        aleph=ℵ beth=ℶ gimel=ℷ daleth=ℸ hbar=ℏ hslash=ℏ ell=ℓ wp=℘ partial=∂ infty=∞ prime=′ \
        backprime=‵ emptyset=∅ varnothing=∅ forall=∀ exists=∃ nexists=∄ neg=¬ lnot=¬ top=⊤ bot=⊥ \
        angle=∠ measuredangle=∡ sphericalangle=∢ triangle=△ surd=√ clubsuit=♣ diamondsuit=♢ \
        heartsuit=♡ spadesuit=♠ flat=♭ natural=♮ sharp=♯ Box=□ square=□ blacksquare=■ Diamond=◊ \
        lozenge=◊ blacklozenge=⧫ checkmark=✓ complement=∁ imath=ı jmath=ȷ mho=℧ eth=ð circledS=Ⓢ \
        Finv=Ⅎ Game=⅁ bigstar=★ blacktriangle=▲ blacktriangledown=▼ triangledown=▽ degree=° \
        pounds=£ yen=¥ copyright=© S=§ P=¶ dag=† ddag=‡ maltese=✠ #
        """),
        (.upright, """
        Gamma=Γ Delta=Δ Theta=Θ Lambda=Λ Xi=Ξ Pi=Π Sigma=Σ Upsilon=Υ Phi=Φ Psi=Ψ Omega=Ω \
        nabla=∇ Re=ℜ Im=ℑ Bbbk=𝕜 #=# $=$ %=% &=& _=_
        """),
        (.ordinaryOperator, """
        vert=| |=‖ Vert=‖ backslash=∖ vdots=⋮
        """),
        (.largeOperator, """
        sum=∑ prod=∏ coprod=∐ bigcup=⋃ bigcap=⋂ bigoplus=⨁ bigotimes=⨂ bigodot=⨀ biguplus=⨄ \
        bigsqcup=⨆ bigvee=⋁ bigwedge=⋀ intop=∫
        """),
        (.integral, """
        int=∫ iint=∬ iiint=∭ iiiint=⨌ oint=∮ oiint=∯ oiiint=∰ smallint=∫
        """),
        (.binary, """
        pm=± mp=∓ times=× div=÷ cdot=⋅ ast=∗ star=⋆ circ=∘ bullet=∙ oplus=⊕ ominus=⊖ otimes=⊗ \
        oslash=⊘ odot=⊙ bigcirc=◯ dagger=† ddagger=‡ amalg=⨿ cap=∩ cup=∪ uplus=⊎ sqcap=⊓ sqcup=⊔ \
        vee=∨ lor=∨ wedge=∧ land=∧ setminus=∖ smallsetminus=∖ wr=≀ diamond=⋄ bigtriangleup=△ \
        bigtriangledown=▽ triangleleft=◃ triangleright=▹ lhd=⊲ rhd=⊳ unlhd=⊴ unrhd=⊵ boxplus=⊞ \
        boxminus=⊟ boxtimes=⊠ boxdot=⊡ circledast=⊛ circledcirc=⊚ circleddash=⊝ dotplus=∔ \
        ltimes=⋉ rtimes=⋊ leftthreetimes=⋋ rightthreetimes=⋌ curlyvee=⋎ curlywedge=⋏ intercal=⊺ \
        barwedge=⌅ veebar=⊻ doublebarwedge=⩞ Cap=⋒ Cup=⋓ centerdot=⋅ divideontimes=⋇ gtrdot=⋗ \
        lessdot=⋖
        """),
        (.relation, """
        leq=≤ le=≤ geq=≥ ge=≥ neq=≠ ne=≠ equiv=≡ approx=≈ approxeq=≊ sim=∼ simeq=≃ cong=≅ \
        asymp=≍ propto=∝ varpropto=∝ ll=≪ gg=≫ lll=⋘ ggg=⋙ subset=⊂ supset=⊃ subseteq=⊆ \
        supseteq=⊇ subsetneq=⊊ supsetneq=⊋ sqsubset=⊏ sqsupset=⊐ sqsubseteq=⊑ sqsupseteq=⊒ in=∈ \
        ni=∋ owns=∋ notin=∉ vdash=⊢ dashv=⊣ models=⊨ vDash=⊨ Vdash=⊩ mid=∣ nmid=∤ parallel=∥ \
        nparallel=∦ perp=⊥ smile=⌣ frown=⌢ bowtie=⋈ Join=⨝ doteq=≐ doteqdot=≑ triangleq=≜ \
        eqsim=≂ leqslant=⩽ geqslant=⩾ lesssim=≲ gtrsim=≳ lessapprox=⪅ gtrapprox=⪆ lessgtr=≶ \
        gtrless=≷ prec=≺ succ=≻ preceq=⪯ succeq=⪰ preccurlyeq=≼ succcurlyeq=≽ nless=≮ ngtr=≯ \
        nleq=≰ ngeq=≱ nsim=≁ ncong=≇ nsubseteq=⊈ nsupseteq=⊉ lneq=⪇ gneq=⪈ coloneqq=≔ coloneq=≔ \
        eqqcolon=≕ Coloneqq=⩴ circeq=≗ bumpeq=≏ Bumpeq=≎ therefore=∴ because=∵ between=≬ \
        pitchfork=⋔ backsim=∽ backsimeq=⋍ risingdotseq=≓ fallingdotseq=≒ trianglelefteq=⊴ \
        trianglerighteq=⊵ vartriangleleft=⊲ vartriangleright=⊳ ntriangleleft=⋪ ntriangleright=⋫ \
        Subset=⋐ Supset=⋑ multimap=⊸ eqcirc=≖ thicksim=∼ thickapprox=≈ shortmid=∣ \
        shortparallel=∥ nvdash=⊬ nvDash=⊭ lesseqgtr=⋚ gtreqless=⋛ \
        to=→ rightarrow=→ leftarrow=← gets=← leftrightarrow=↔ Rightarrow=⇒ Leftarrow=⇐ \
        Leftrightarrow=⇔ implies=⟹ impliedby=⟸ iff=⟺ longrightarrow=⟶ longleftarrow=⟵ \
        longleftrightarrow=⟷ Longrightarrow=⟹ Longleftarrow=⟸ Longleftrightarrow=⟺ mapsto=↦ \
        longmapsto=⟼ hookrightarrow=↪ hookleftarrow=↩ uparrow=↑ downarrow=↓ updownarrow=↕ \
        Uparrow=⇑ Downarrow=⇓ Updownarrow=⇕ nearrow=↗ searrow=↘ swarrow=↙ nwarrow=↖ \
        rightharpoonup=⇀ rightharpoondown=⇁ leftharpoonup=↼ leftharpoondown=↽ \
        rightleftharpoons=⇌ leftrightharpoons=⇋ leadsto=⇝ rightsquigarrow=⇝ leftrightarrows=⇆ \
        rightleftarrows=⇄ twoheadrightarrow=↠ twoheadleftarrow=↞ rightarrowtail=↣ \
        leftarrowtail=↢ curvearrowright=↷ curvearrowleft=↶ circlearrowright=↻ \
        circlearrowleft=↺ upuparrows=⇈ downdownarrows=⇊ rightrightarrows=⇉ leftleftarrows=⇇ \
        Rrightarrow=⇛ Lleftarrow=⇚ nrightarrow=↛ nleftarrow=↚ nRightarrow=⇏ nLeftarrow=⇍ \
        nleftrightarrow=↮ nLeftrightarrow=⇎ restriction=↾ upharpoonright=↾ downharpoonright=⇂ \
        upharpoonleft=↿ downharpoonleft=⇃ looparrowright=↬ looparrowleft=↫ dashrightarrow=⇢ \
        dashleftarrow=⇠ Lsh=↰ Rsh=↱ lt=< gt=>
        """),
        (.opening, """
        lbrace={ {={ langle=⟨ lfloor=⌊ lceil=⌈ lvert=| lVert=‖ lgroup=⟮ lmoustache=⎰ ulcorner=┌ \
        llcorner=└ llbracket=⟦ lbrack=[
        """),
        (.closing, """
        rbrace=} }=} rangle=⟩ rfloor=⌋ rceil=⌉ rvert=| rVert=‖ rgroup=⟯ rmoustache=⎱ urcorner=┐ \
        lrcorner=┘ rrbracket=⟧ rbrack=]
        """),
        (.punctuation, """
        colon=: ldotp=. cdotp=⋅
        """),
        (.inner, """
        ldots=… dots=… cdots=⋯ ddots=⋱ iddots=⋰ dotsc=… dotsb=⋯ dotsm=⋯ dotsi=⋯ dotso=…
        """),
    ]
}
