"""Twenty varied prompts (occasions, products, offers, languages) shared by the engine tests."""

PROMPTS: tuple[str, ...] = (
    "Instagram ad for Diwali electronics sale, 40% OFF, premium dark theme, show headphones",
    "दिवाली सेल 40% छूट, मिठाई और उपहार, शानदार उत्सव",
    "Holi special: Buy 1 Get 1 on all kurtas, colorful and playful",
    "Black Friday sneakers upto 50% off, bold neon",
    "Eid collection of elegant sarees starting at ₹999",
    "Christmas cake pre-orders, free delivery, cozy warm theme",
    "New Year party at our cafe, coffee BOGO, neon retro",
    "Valentine's Day perfume gift, romantic pastel, headline 'Love in Every Drop'",
    "Independence Day sale on smartphones, flat ₹2000 off",
    "Onam harvest festival offers on home decor, 30% discount, traditional",
    "Back to school: laptops from $499, playful",
    "Summer sale on sunglasses, flat 30% off, fresh and cool",
    "Launching our new productivity app for teams, minimal clean corporate",
    "Pizza Friday! Order now and get 20% off, fun",
    "होली पर रंगीन कपड़ों की सेल, 50% तक छूट",
    "Luxury watches for the wedding season, royal gold and black",
    "Yoga and fitness classes, first month free, calm natural",
    "Pongal sweets box just Rs. 499, festive",
    "Skincare serum for dull skin, minimal pastel, shop now",
    "Cyber Monday deals on smartwatches and earbuds, up to 60% off, futuristic",
)
