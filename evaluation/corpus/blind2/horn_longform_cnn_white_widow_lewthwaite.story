British-born Samantha Lewthwaite was once seen as a kind of victim of the July 2005 London terror attacks -- the pregnant wife of one of the suicide bombers who killed 52 people, now left alone to care for her children.

She condemned the attacks but then vanished. Now, Kenyan authorities say, she is the infamous "White Widow," alleged to be a supporter and financier of people linked to the Somali terror group Al-Shabaab.

Reports that a white woman was among the terrorists who stormed Nairobi, Kenya's, upscale Westgate Shopping Mall on Saturday -- an operation for which Al-Shabaab claimed responsibility -- have prompted a slew of media speculation that she might have been involved.

But no official confirmation has been given. A senior Kenyan government official said a woman was among the attackers. Yet it is "impossible," based on the government's photo evidence (and before a forensics examination is complete), to determine who that might be.

Attackers defeated in mall siege, Kenya's president says

Interpol on Thursday issued a red notice -- an international wanted alert -- for Lewthwaite at Kenya's request.

The public's help could be crucial in finding the 29-year-old, believed to be using the alias "Natalie Webb," the international police group said.

The notice activates "a global 'tripwire' for this fugitive," Interpol Secretary-General Ronald K. Noble said in a prepared statement.

Lewthwaite "is wanted by Kenya on charges of being in possession of explosives and conspiracy to commit a felony dating back to December 2011," Interpol said.

A convert to Islam

Lewthwaite, born in Buckinghamshire, England, earned her nickname as the widow of Germaine Lindsay, one of the four suicide bombers who attacked London's transportation system on July 7, 2005.

Now age 29, Lewthwaite met Lindsay, a British Muslim, when she was 17, according to the Daily Mail. A convert to Islam, she married him in 2002.

After the London attacks, she denied having knowledge of the plans. Later, Kenyan authorities said, she emerged in the Kenyan port city of Mombasa and became part of a terror cell linked to Al-Shabaab.

In December 2011, Kenyan authorities raided three homes in Mombasa, including one allegedly used by Lewthwaite, and arrested some people on suspicion of planning to destroy a bridge, a ferry and hotels frequented by Western tourists.

At Lewthwaite's residence, investigators found the kind of bomb-making materials that were used in the London attacks, Kenyan counterterror police said. But Lewthwaite was not found.

A security guard who spoke to CNN on condition of anonymity in 2012 said he saw a white woman leave the residence hours before the raid. Authorities have yet to catch up to her.

Kenyan authorities also suspect Lewthwaite of hatching a plot to break fellow Briton Jermaine Grant out of jail after he was arrested in connection with the alleged Mombasa plot.

'An innocent young person'

But in the English town of Aylesbury, in Buckinghamshire, where Lewthwaite lived with Lindsay for a time, she is remembered by local councilor Raj Khan as a good, helpful woman.

"She was an innocent young person," said Khan, who said he knew Lewthwaite as a "family friend" before the July 2005 bombings.

"She would do anything to accommodate other people. She was a very good human being. She did everything to help others."

He warned against judging her based on rumors and speculation.

"I'm worried that the picture that has been demonizing her may be premature because it has not been substantiated," he said. "Unless there is hard evidence, we should not just unnecessarily jump to conclusions."

Lewthwaite also reportedly spent time in Banbridge, in Northern Ireland, where her grandmother, Elizabeth Allen, still lives.

A family friend, local councilor Joan Baird, said Monday that Allen was elderly and ill, and had been "in and out of hospital."

This speculation about her granddaughter is upsetting, Baird said.

"This is very distressing for all the family, a decent family. And it got worse with the news (from Kenya). It's also very distressing for the people of Banbridge, on behalf of the family," she said.

According to the Belfast Telegraph, Lewthwaite's father was a British soldier posted to the area who married a local woman.

'Very unusual'

Kenyan officials have given differing accounts of the involvement of a white woman in the Westgate Mall attack.

Senior Kenyan intelligence officials told CNN that surveillance video from inside the mall appeared to show such a woman taking part in the attack. Analysts believe she is British, the sources said.

Kenyan Foreign Minister Amina Mohamed told "PBS NewsHour" on Monday that a British woman was among the attackers. "She has, I think, done this many times before," she said of the woman but did not name the suspect.

Kenyan State House spokesman Manoah Esipisu told CNN that "multiple witnesses" have said they saw a woman among the attackers.

"We have also been told that if it is the same woman that they say they saw, that she would have been killed very early on in the attack," he said.

But he cautioned, "We don't know for sure that we had a woman. And secondly, because of the bodies trapped under the rubble, we don't know if she is who everyone says she might be."

Kenyan Interior Minister Joseph Ole Lenku previously told reporters that all the attackers were men. Some of them apparently had dressed as women, he said.

But on Wednesday, he revisited the speculation that a woman was involved, saying that authorities were "hearing possibilities and information," including from the public. "We want to again request you to allow the forensic experts to determine whether that is true," he said.

Female involvement in such an attack would be "very unusual," said CNN security analyst Peter Bergen.

"Typically these groups are misogynist," he said. "Their view is the woman should be in a home and shrouded in a body veil."

American teens among attackers, Kenya says

@highlight

Interpol issues a red notice -- an international wanted alert -- for Lewthwaite

@highlight

Official: A woman may have been among attackers, but identity unknown

@highlight

Lewthwaite was married to one of the bombers who attacked London in 2005

@highlight

They say she became part of a terror cell linked to the Somali group Al-Shabaab
